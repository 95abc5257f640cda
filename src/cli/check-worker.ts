// The entry of `technopark check`'s worker threads (built as dist/cli/check-worker.js): judges the batches of
// chunks of a CSV file the reading thread sends, and sends back their output, in the order of their sequence numbers.
import { parentPort, workerData } from "node:worker_threads";
import { batchJudge, type BatchJob } from "./check-batch.js";
import type { BatchRequest, BatchReply } from "./check-threads.js";

const port = parentPort;
if (port !== null) {
  const judgeBatch = batchJudge(workerData as BatchJob);
  port.on("message", ({ seq, bytes, linesBefore }: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { seq, ...judgeBatch({ bytes, linesBefore }) };
    } catch (error) {
      reply = { seq, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply, "output" in reply ? [reply.output.buffer as ArrayBuffer] : []);
  });
}
