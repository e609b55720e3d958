// Runs MDN HTTP Observatory's own retriever and tests over local targets and prints their
// results as JSON on stdout. Observatory's scan() takes a bare host name; its retriever also takes
// ports, which local targets need, so this calls retrieve() and the tests the way scan() does.
//
//   OBSERVATORY_DIR=/tmp/obs NODE_EXTRA_CA_CERTS=ca.pem node observatory.mjs targets.json
//
// targets.json: [{"name": "good", "host": "localhost", "httpPort": 8080, "httpsPort": 8443}, ...]
//
//   node observatory.mjs --detail targets.json
//
// the same, with each test's data (what it read: the policy, the cookies, the scripts...).
//
//   node observatory.mjs --csp policies.json
//
// policies.json: [{"url": "https://x/", "headers": ["..."], "meta": ["..."]}, ...]; prints the
// result (and score modifier) of Observatory's CSP test for each, as if a page had sent those headers and meta tags.
//
//   node observatory.mjs --time targets.json sequential|concurrent [WARMUP]
//
// scans every target (retriever and tests, as below), one after another or all at once, after
// scanning the first WARMUP of them untimed, and prints {"mode", "sites", "ms", "down"}: the wall
// time of the timed scans and how many sites seemed down.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.env.OBSERVATORY_DIR ?? "/tmp/obs";
const src = join(dir, "node_modules", "@mdn", "mdn-http-observatory", "src");
const load = (path) => import(pathToFileURL(join(src, path)).href);
const { retrieve } = await load("retriever/retriever.js");
const { ALL_TESTS } = await load("constants.js");
const { getScoreModifier } = await load("grader/grader.js");

if (process.argv[2] === "--csp") {
  const { contentSecurityPolicyTest } = await load("analyzer/tests/csp.js");
  const axios = join(dir, "node_modules", "axios", "index.js");
  const { AxiosHeaders } = await import(pathToFileURL(axios).href);
  const cases = JSON.parse(readFileSync(process.argv[3], "utf8"));
  const results = cases.map((c) => {
    const headers = new AxiosHeaders();
    // one header field per case: Node would join several with ", " into one policy
    if (c.headers.length) headers.set("content-security-policy", c.headers[0]);
    const httpEquiv = new Map([["content-security-policy", c.meta]]);
    const requests = {
      hostname: new URL(c.url).hostname,
      responses: { auto: { status: 200, headers, httpEquiv } },
      session: { url: new URL(c.url) },
    };
    const result = contentSecurityPolicyTest(requests).result;
    return { result, modifier: getScoreModifier(result) };
  });
  console.log(JSON.stringify(results));
  process.exit(0);
}

/**
 * Observatory's scan of one target: its retriever, then every test, as scan() does. With detail,
 * each test's data (what it read) comes along.
 */
async function scanOne(t, detail = false) {
  const r = await retrieve(t.host, {
    httpPort: String(t.httpPort),
    httpsPort: String(t.httpsPort),
  });
  const tests = {};
  if (!r.responses.auto) {
    return { error: "The site seems to be down.", tests };
  }
  for (const test of ALL_TESTS) {
    const o = test(r);
    tests[o.constructor.name] = {
      result: o.result,
      modifier: getScoreModifier(o.result),
      pass: o.pass,
      data: detail ? o.data ?? null : undefined,
    };
  }
  const history = r.session?.redirectHistory ?? [];
  return {
    status: r.responses.auto.status,
    url: history.length ? history[history.length - 1].url.href : r.session?.url.href,
    tests,
  };
}

if (process.argv[2] === "--time") {
  const targets = JSON.parse(readFileSync(process.argv[3], "utf8"));
  const mode = process.argv[4];
  if (mode !== "sequential" && mode !== "concurrent") {
    console.error("observatory.mjs: --time needs sequential or concurrent, not " + mode);
    process.exit(2);
  }
  const warmup = Number(process.argv[5] ?? 0);
  const scan = (t) => scanOne(t).catch((e) => ({ error: String(e) }));
  for (const t of targets.slice(0, warmup)) {
    await scan(t);
  }
  const started = performance.now();
  let results = [];
  if (mode === "sequential") {
    for (const t of targets) {
      results.push(await scan(t));
    }
  } else {
    results = await Promise.all(targets.map(scan));
  }
  const ms = performance.now() - started;
  const down = results.filter((r) => r.error).length;
  console.log(JSON.stringify({ mode, sites: targets.length, ms, down }));
  process.exit(0);
}

const detail = process.argv[2] === "--detail";
const targets = JSON.parse(readFileSync(process.argv[detail ? 3 : 2], "utf8"));
const out = {};
for (const t of targets) {
  out[t.name] = await scanOne(t, detail).catch((e) => ({ error: String(e), tests: {} }));
}
console.log(JSON.stringify(out, null, 2));
