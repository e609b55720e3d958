package dev.golive.core.read;

import java.util.regex.Pattern;

/** Headings of sections about the time after the launch, which do not block it. */
final class PhaseWords {
  private PhaseWords() {}

  private static final String EVENT =
      "(?:launch|deploy\\w*|release|go[- ]?live|rollout|production|prod)";

  private static final Pattern POST_LAUNCH =
      Words.pattern(
          "(?<![\\w])(?:post[- ]?"
              + EVENT
              + "|after (?:the )?"
              + EVENT
              + "|week [1-9]|first (?:week|month)"
              + "|future (?:work|improvements?|enhancements?|features?|plans?)|ongoing"
              + "|после (?:релиза|запуска|деплоя|развертывания|развёртывания|выпуска|внедрения)"
              + "|пост-?релиз\\w*|\\w*dan keyin|keyingi|setelah (?:deploy\\w*|launch|rilis|peluncuran|go[- ]?live)"
              + "|pasca[- ]?\\w+|sonras[ıi]|nach dem (?:go[- ]?live|launch|deployment|release|start)"
              + "|après (?:le |la )?(?:lancement|déploiement|mise en production)|post-?lancement"
              + "|después del (?:lanzamiento|despliegue)|post-?despliegue|pós[- ]?(?:lançamento|deploy|implantação)"
              + "|após o (?:lançamento|deploy)|dopo il (?:lancio|rilascio|go[- ]?live)|post-?lancio"
              + "|po (?:wdrożeniu|uruchomieniu|starcie)|sau (?:khi )?(?:triển khai|ra mắt)"
              + "|上线后|部署后|发布后|上線後|部署後|發布後|リリース後|デプロイ後|公開後|배포 후|출시 후|런칭 후)");

  /** Whether a heading is about the time after the launch. */
  static boolean postLaunch(String heading) {
    return POST_LAUNCH.matcher(Words.fold(heading)).find();
  }
}
