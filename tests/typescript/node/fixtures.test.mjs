// The tests of the recorded fixtures, in one node process: the exchange replay (replay.mjs) and
// the callbacks (callbacks.mjs) read the same parsed fixtures (_fixtures.mjs), which cost a
// process about a second to parse; each file registers its own tests, as it did when it was a
// test file of its own.
import './replay.mjs';
import './callbacks.mjs';
