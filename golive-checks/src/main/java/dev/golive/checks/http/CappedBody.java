package dev.golive.checks.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Reads a response body up to a limit, then stops reading: a gigabyte costs no more than that. */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {
  /** The bytes kept, how many arrived, and whether more were on the way. */
  record Bytes(byte[] data, long received, boolean truncated) {}

  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CompletableFuture<Bytes> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long received;

  CappedBody(int limit) {
    this.limit = limit;
  }

  @Override
  public CompletionStage<Bytes> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      received += n;
      int room = limit - kept.size();
      byte[] chunk = new byte[Math.min(n, room)];
      b.get(chunk);
      kept.write(chunk, 0, chunk.length);
      if (n > room) {
        subscription.cancel();
        result.complete(new Bytes(kept.toByteArray(), received, true));
        return;
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Bytes(kept.toByteArray(), received, false));
  }
}
