//! Reports: the agency gap report as JSON, Word and HTML, and the campaign overview as JSON,
//! XLSX and HTML. Rendering is a pure function of the report data: same input, same bytes.

pub mod model;

pub use model::*;
