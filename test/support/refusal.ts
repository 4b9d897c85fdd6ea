import { EngineInputError } from "../../src/engine";

/** The EngineInputError `run` throws; anything else it throws, or not throwing, fails the test. */
export function refusal(run: () => unknown): EngineInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineInputError) return error;
    throw error;
  }
  throw new Error("expected the engine to refuse");
}
