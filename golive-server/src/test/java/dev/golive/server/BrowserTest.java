package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.server.auth.Role;
import dev.golive.testkit.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's chromium, headless, driven through its chromedriver by
 * Selenium, against a server on 127.0.0.1 with an SQLite store and a local site to audit. Both
 * programs must be installed ({@code apt-get install chromium chromium-driver}; {@code .ci/run}
 * does it): without them the tests fail, they are never skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  static final Path CHROMIUM = Path.of(System.getProperty("golive.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("golive.chromedriver", "/usr/bin/chromedriver"));

  /**
   * How long a page may take to show what is awaited: an audit of a local site ends well within.
   */
  static final Duration PATIENCE = Duration.ofMinutes(2);

  @TempDir static Path dir;
  TestServer t;
  WebServer site;
  ChromeDriverService service;
  ChromeDriver driver;
  String slug;

  @BeforeAll
  void start() throws Exception {
    require(CHROMIUM, "chromium");
    require(CHROMEDRIVER, "chromium-driver");
    t = TestServer.sqlite(dir, FormsTest.config(null));
    site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>").header("X-Content-Type-Options", "nosniff"));
    TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
    t.user("vi@example.test", Role.VIEWER);
    t.user("ad@example.test", Role.ADMIN);
    slug = Projects.create(editor, "Shop", site.url());
    Projects.audit(editor, slug);

    // the programs are named outright, so that Selenium Manager never looks for (or fetches) one
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(dir.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    driver = new ChromeDriver(service, options);
  }

  private static void require(Path program, String debianPackage) {
    if (!Files.isExecutable(program)) {
      throw new IllegalStateException(
          program
              + " is missing: the browser tests need Debian's "
              + debianPackage
              + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    }
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (t != null) {
      t.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @BeforeEach
  void signOut() {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(url("/login?lang=en"));
    driver.manage().deleteAllCookies();
  }

  @Test
  void aWrongPasswordIsRefusedAndTheRightOneOpensTheProjects() {
    driver.get(url("/"));
    // the projects page sends a stranger to sign in
    wait(ExpectedConditions.urlContains("/login"));
    driver.findElement(By.name("email")).sendKeys("ed@example.test");
    driver.findElement(By.name("password")).sendKeys("not the password");
    driver.findElement(By.cssSelector("form[action='/login'] button")).click();
    assertThat(
            wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert"))).getText())
        .isEqualTo("The e-mail or the password is wrong.");

    signIn("ed@example.test");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Projects");
    assertThat(driver.findElement(By.cssSelector("table.projects")).getText()).contains("Shop");
    assertThat(driver.findElement(By.cssSelector(".who")).getText()).contains("ed@example.test");
  }

  @Test
  void anEditorOpensAProjectTriggersAnAuditAndSeesTheNewResult() {
    signIn("ed@example.test");
    driver.findElement(By.linkText("Shop")).click();
    wait(ExpectedConditions.urlContains("/projects/" + slug));
    List<String> before = auditIds();
    assertThat(before).isNotEmpty();

    driver.findElement(By.xpath("//button[normalize-space()='Audit now']")).click();
    // the page reloads itself while the audit runs, and says when it has ended
    WebElement done =
        new WebDriverWait(driver, PATIENCE)
            .ignoring(StaleElementReferenceException.class)
            .ignoring(NoSuchElementException.class)
            .until(
                d -> {
                  WebElement run = d.findElement(By.id("run"));
                  return run.getDomAttribute("data-state").equals("done") ? run : null;
                });
    assertThat(done.getText()).startsWith("The audit has ended:");
    String newest = done.findElement(By.tagName("a")).getText();
    assertThat(newest).startsWith("Audit #");
    String id = newest.substring("Audit #".length());
    assertThat(before).doesNotContain("#" + id);
    List<String> after = auditIds();
    assertThat(after.getFirst()).isEqualTo("#" + id);
    assertThat(after).hasSize(before.size() + 1);
    shot("project-after-audit");
    // the head shows the new audit's verdict and its time
    assertThat(driver.findElement(By.cssSelector(".head .badge.big")).getText()).isNotBlank();
    WebElement meta =
        driver.findElement(By.xpath("//p[@class='meta'][a[starts-with(., 'Audit #')]]"));
    assertThat(meta.getText()).contains("Audit #" + id).contains("UTC");
    // once ended, the page stops reloading itself
    assertThat(driver.findElements(By.cssSelector("meta[http-equiv='refresh']"))).isEmpty();
  }

  @Test
  void anEditorGrantsAWaiverThroughTheForm() {
    signIn("ed@example.test");
    driver.get(url("/projects/" + slug));
    WebElement row = item("Runbook written");
    row.findElement(By.linkText("waive or sign off")).click();
    wait(ExpectedConditions.urlContains("/items/"));
    WebElement form = driver.findElement(By.id("waive"));
    form.findElement(By.name("reason")).sendKeys("written after launch");
    form.findElement(By.name("owner")).sendKeys("ops team");
    LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    // a date field takes the day as the browser's locale (en-US) writes it
    form.findElement(By.name("until"))
        .sendKeys(
            String.format(
                "%02d%02d%04d", until.getMonthValue(), until.getDayOfMonth(), until.getYear()));
    shot("item-waive-form");
    form.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement note =
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".note.done")));
    assertThat(note.getText()).isEqualTo("The waiver was granted.");
    assertThat(driver.getCurrentUrl()).contains("/items/").contains("done=waiver-granted");
    assertThat(driver.findElement(By.cssSelector(".approval.waived")).getText())
        .contains("written after launch — ops team")
        .contains(until.toString())
        .contains("Revoke");
    shot("item-waived");

    driver.get(url("/projects/" + slug));
    assertThat(item("Runbook written").findElement(By.cssSelector(".waiver.now")).getText())
        .contains("waived")
        .contains("written after launch")
        .contains("holds from the next audit");

    driver.findElement(By.linkText("Waivers")).click();
    wait(ExpectedConditions.urlContains("/waivers"));
    assertThat(driver.findElement(By.tagName("table")).getText())
        .contains("Runbook written")
        .contains("written after launch")
        .contains("ops team")
        .contains(until.toString());
  }

  @Test
  void aViewerSeesNoEditorForms() {
    signIn("vi@example.test");
    driver.get(url("/projects/" + slug));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Shop");
    assertThat(driver.findElements(By.xpath("//button[normalize-space()='Audit now']"))).isEmpty();
    assertThat(driver.findElements(By.linkText("Edit"))).isEmpty();
    assertThat(driver.findElements(By.linkText("waive or sign off"))).isEmpty();
    item("Runbook written").findElement(By.linkText("history")).click();
    wait(ExpectedConditions.urlContains("/items/"));
    assertThat(driver.findElements(By.tagName("form")))
        .allSatisfy(f -> assertThat(f.getDomAttribute("action")).isEqualTo("/logout"));
    driver.get(url("/"));
    assertThat(driver.findElements(By.linkText("New project"))).isEmpty();
    driver.get(url("/new-project"));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("You may not do this.");
  }

  @Test
  void onAPhoneTheProjectsTableNeedsNoSidewaysScrolling() {
    signIn("ad@example.test");
    driver.manage().window().setSize(new Dimension(375, 812));
    for (String page :
        List.of("/", "/projects/" + slug, "/waivers", "/new-project", "/admin/users")) {
      driver.get(url(page));
      shot("phone" + page.replace('/', '-'));
      long inner = number("return window.innerWidth");
      assertThat(inner).as("the window's width").isEqualTo(375);
      assertThat(number("return document.documentElement.scrollWidth"))
          .as("the width of %s", page)
          .isLessThanOrEqualTo(inner);
    }
    driver.get(url("/"));
    WebElement table = driver.findElement(By.cssSelector("table.projects"));
    assertThat(table.isDisplayed()).isTrue();
    assertThat(table.getRect().getX() + table.getRect().getWidth()).isLessThanOrEqualTo(375);
    assertThat(table.getText()).contains("Shop").contains("Readiness");
  }

  @Test
  void theLanguageLinksShowUzbekAndRussian() {
    signIn("ed@example.test");
    driver.findElement(By.cssSelector(".langs a[hreflang='uz']")).click();
    wait(ExpectedConditions.textToBe(By.tagName("h1"), "Loyihalar"));
    assertThat(driver.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("uz");
    assertThat(driver.findElement(By.cssSelector("table.projects thead")).getText())
        .contains("Tayyorlik");
    assertThat(driver.findElement(By.linkText("Yangi loyiha")).isDisplayed()).isTrue();

    driver.findElement(By.cssSelector(".langs a[hreflang='ru']")).click();
    wait(ExpectedConditions.textToBe(By.tagName("h1"), "Проекты"));
    // the language is remembered from page to page
    driver.findElement(By.linkText("Новый проект")).click();
    wait(ExpectedConditions.textToBe(By.tagName("h1"), "Новый проект"));
    shot("new-project-ru");
    assertThat(driver.findElement(By.cssSelector("form[enctype]")).getText())
        .contains("Название")
        .contains("Цели: по одному URL в строке");
    driver.get(url("/?lang=en"));
  }

  // ---- helpers

  private void signIn(String email) {
    driver.get(url("/login?lang=en"));
    driver.findElement(By.name("email")).sendKeys(email);
    driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.cssSelector("form[action='/login'] button")).click();
    wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  /** The item row whose text is {@code text}. */
  private WebElement item(String text) {
    return driver.findElement(
        By.xpath(
            "//li[@class='item'][.//span[@class='text' and normalize-space()='" + text + "']]"));
  }

  /** The audits table's first column, newest first. */
  private List<String> auditIds() {
    return driver
        .findElements(
            By.xpath("//h2[normalize-space()='Audits']/following::table[1]/tbody/tr/td[1]"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
  }

  private <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE).until(condition);
  }

  /**
   * Saves what the browser shows as {@code name}.png in the folder the system property {@code
   * golive.screenshots} names, when it is set: to look at the pages as a person would.
   */
  private void shot(String name) {
    String folder = System.getProperty("golive.screenshots");
    if (folder == null) {
      return;
    }
    try {
      Path to = Files.createDirectories(Path.of(folder)).resolve(name + ".png");
      Files.write(to, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return t.url(path).toString();
  }
}
