// A minimal eligibility service in plain node:http — how another team can put the library's rules behind an
// HTTP endpoint without a framework. Pure functions do the work; this file only parses, validates and answers.
//
//   npx tsx examples/service.ts            # listens on 127.0.0.1:8787 (PORT=0 picks a free port)
//   curl -s localhost:8787/programs
//   curl -s localhost:8787/eligibility -H 'content-type: application/json' \
//     -d '{"programId":"yeongcheon-innovative-technology","asOf":"2024-05-01","lang":"en",
//          "company":{"id":"c1","name":{"ko":"가"},"location":{"regionCode":"47","sigungu":"영천시"},"ksic":"C20",
//                     "regularWorkers":12,"averageRevenue":{"amount":"4500000000","currency":"KRW"},
//                     "totalAssets":{"amount":"3000000000","currency":"KRW"}}}'
//
// POST /eligibility answers { programId, asOf, ruleVersion, outcome, missing, reasons } with status 200, or an
// error { error: { code, message, issues? } } with 400 (bad JSON or request), 404 (unknown programme or path),
// 405, 413 (body over 1 MB) or 422 (a company that does not match the Company schema).
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { evaluateProgram, explain, isTechnoparkError } from "technopark";
import { Company, IsoDate, fromZodError } from "technopark/schemas";
import { programs } from "technopark/data";

/** The body of POST /eligibility. `asOf` is required: a judgement is always about a date. */
const EligibilityRequest = z.object({
  programId: z.string().min(1),
  asOf: IsoDate,
  lang: z.enum(["ko", "en"]).default("ko"),
  company: z.unknown(),
});

const MAX_BODY = 1024 * 1024;

class HttpError {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly issues?: readonly unknown[],
  ) {}
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, "TOO_LARGE", `request body over ${MAX_BODY} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    throw new HttpError(400, "BAD_JSON", `request body is not valid JSON: ${(error as Error).message}`);
  }
}

function judge(body: unknown) {
  const request = EligibilityRequest.safeParse(body, { reportInput: true });
  if (!request.success) {
    const error = fromZodError(request.error, "request");
    throw new HttpError(400, error.code, error.message, error.issues);
  }
  const { programId, asOf, lang } = request.data;
  const program = programs.find((p) => p.id === programId);
  if (program === undefined) throw new HttpError(404, "UNKNOWN_PROGRAM", `no programme ${JSON.stringify(programId)}; known: ${programs.map((p) => p.id).join(", ")}`);
  const company = Company.safeParse(request.data.company, { reportInput: true });
  if (!company.success) {
    const error = fromZodError(company.error, "company");
    throw new HttpError(422, error.code, error.message, error.issues);
  }
  const result = evaluateProgram(program, company.data, { asOf });
  return { programId, asOf, ruleVersion: result.ruleVersion, outcome: result.outcome, missing: result.missing, reasons: explain(result, lang) };
}

/**
 * The request handler: GET /programs lists the programmes, POST /eligibility judges one company.
 * Export it to mount the same logic in another server (or a serverless function).
 */
export const eligibilityHandler: RequestListener = (request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const handle = async (): Promise<void> => {
    if (url.pathname === "/programs") {
      if (request.method !== "GET") throw new HttpError(405, "METHOD_NOT_ALLOWED", "use GET /programs");
      send(response, 200, programs.map((p) => ({ id: p.id, name: p.name, versions: p.eligibility.map((v) => v.validFrom) })));
      return;
    }
    if (url.pathname === "/eligibility") {
      if (request.method !== "POST") throw new HttpError(405, "METHOD_NOT_ALLOWED", "use POST /eligibility with a JSON body");
      send(response, 200, judge(await readJson(request)));
      return;
    }
    throw new HttpError(404, "NOT_FOUND", `no route ${url.pathname}; try GET /programs or POST /eligibility`);
  };
  handle().catch((error: unknown) => {
    if (error instanceof HttpError) send(response, error.status, { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } });
    else if (isTechnoparkError(error)) send(response, 400, { error: { code: error.code, message: error.message } });
    else send(response, 500, { error: { code: "INTERNAL", message: "internal error" } });
  });
};

// Started directly (not imported): listen on loopback and print the address, so scripts can find the port.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env["PORT"] ?? 8787);
  const server = createServer(eligibilityHandler);
  server.listen(port, "127.0.0.1", () => {
    const address = server.address();
    console.log(`eligibility service listening on http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : port}`);
  });
  const stop = (): void => void server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
