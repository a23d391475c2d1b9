//! Accuracy on the sample campaign: every document of `samples/` is read and analysed in-process
//! and compared with `tests/expected/samples.toml` (written from the documents' content).

use crate::scoring::score_campaign;

#[test]
fn sample_campaign_meets_accuracy_targets() {
    score_campaign("samples", "tests/expected/samples.toml").assert_targets(&["status", "kind"]);
}
