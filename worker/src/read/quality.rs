//! Judging extracted text: a text layer that exists but is garbled is flagged, not passed on.
