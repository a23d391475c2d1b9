//! `inspect`: what the program sees in a file — how a consultant finds out why a document was misread.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::{Map, Value, json};
use worker::analyse;
use worker::isolate::{IsolatedReader, read_in_process};
use worker::read::{self, ExtractedDoc, Format, LegacyEncoding, ReadError};
use worker::runner::ReaderMode;

use crate::args::InspectArgs;

/// One examined file.
struct Examined {
    path: String,
    format: Format,
    read: Result<ExtractedDoc, ReadError>,
}

pub fn inspect(args: InspectArgs, reader: ReaderMode, limits: read::Limits) -> Result<ExitCode> {
    let mut isolated = match &reader {
        ReaderMode::Isolated(command) => Some(IsolatedReader::new(command.clone(), limits.clone())),
        ReaderMode::InProcess => None,
    };
    let mut first = true;
    for file in &args.files {
        let examined = examine(file, isolated.as_mut(), &limits);
        let result =
            analyse::analyse_document(&examined.path, examined.format, examined.read.clone());
        let object = to_json(&examined, &result, args.structure);
        if args.json {
            println!("{}", serde_json::to_string(&object)?);
        } else {
            if !first {
                println!();
            }
            print!("{}", human(&examined, &object));
        }
        first = false;
    }
    Ok(ExitCode::SUCCESS)
}

fn examine(file: &Path, isolated: Option<&mut IsolatedReader>, limits: &read::Limits) -> Examined {
    let path = file.to_string_lossy().into_owned();
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.clone());
    let size = std::fs::metadata(file).map(|m| m.len());
    let read = match size {
        Err(e) => Err(ReadError::Io(e.to_string())),
        Ok(size) if size > limits.max_file_bytes => Err(ReadError::TooLarge {
            size,
            limit: limits.max_file_bytes,
        }),
        Ok(_) => std::fs::read(file).map_err(|e| ReadError::Io(e.to_string())),
    };
    match read {
        Err(e) => Examined {
            format: read::sniff_format(&name, &[]),
            path,
            read: Err(e),
        },
        Ok(bytes) => {
            let format = read::sniff_format(&name, &bytes);
            let read = match isolated {
                Some(reader) => reader.read(&name, &bytes),
                None => read_in_process(&name, &bytes, limits),
            };
            Examined {
                path,
                format,
                read: read.map(|(_, doc)| doc),
            }
        }
    }
}

/// The JSON object of contract §6, with the recognition fields of the analysis added flat.
fn to_json(examined: &Examined, result: &analyse::DocumentResult, structure: bool) -> Value {
    let mut object = Map::new();
    object.insert("path".into(), json!(examined.path));
    object.insert("format".into(), json!(examined.format));
    object.insert("status".into(), json!(result.status));
    object.insert("error".into(), json!(result.error));
    let text = match &examined.read {
        Ok(doc) => doc.text(),
        Err(_) => String::new(),
    };
    object.insert("text".into(), json!(text));
    // Recognition fields (kind, code, revision, issued, edition, cues …) as the analysis names them.
    if let Ok(Value::Object(fields)) = serde_json::to_value(result) {
        for (key, value) in fields {
            if key == "analysis" {
                if let Value::Object(analysis) = value {
                    for (key, value) in analysis {
                        object.entry(key).or_insert(value);
                    }
                }
            } else {
                object.entry(key).or_insert(value);
            }
        }
    }
    for key in ["kind", "code", "revision", "issued", "edition", "title"] {
        object.entry(key).or_insert(Value::Null);
    }
    if let Ok(doc) = &examined.read {
        object.insert("fonts".into(), json!(doc.fonts));
        object.insert("encodings".into(), json!(doc.encodings));
        object.insert("header_text".into(), json!(doc.header_text()));
        object.insert("warnings".into(), json!(doc.warnings));
        object.insert("pages".into(), json!(doc.pages));
        if structure {
            object.insert("structure".into(), json!(doc));
        }
    }
    Value::Object(object)
}

fn encoding_name(encoding: LegacyEncoding) -> &'static str {
    match encoding {
        LegacyEncoding::Tcvn3 => "TCVN3 (ABC)",
        LegacyEncoding::Vni => "VNI-Windows",
    }
}

fn field(object: &Value, key: &str) -> String {
    match object.get(key) {
        None | Some(Value::Null) => "-".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn human(examined: &Examined, object: &Value) -> String {
    let mut out = String::new();
    out.push_str(&format!("== {}\n", examined.path));
    out.push_str(&format!(
        "format: {}   status: {}\n",
        field(object, "format"),
        field(object, "status")
    ));
    if let Some(Value::String(error)) = object.get("error") {
        out.push_str(&format!("error: {error}\n"));
    }
    out.push_str(&format!(
        "kind: {} (confidence {})\n",
        field(object, "kind"),
        field(object, "confidence")
    ));
    out.push_str(&format!(
        "title: {}\ncode: {}   revision: {}   issued: {}   edition: {}\n",
        field(object, "title"),
        field(object, "code"),
        field(object, "revision"),
        field(object, "issued"),
        field(object, "edition")
    ));
    if let Some(Value::Array(cues)) = object.get("cues")
        && !cues.is_empty()
    {
        out.push_str("cues:\n");
        for cue in cues {
            out.push_str(&format!(
                "  - {}\n",
                cue.as_str().unwrap_or(&cue.to_string())
            ));
        }
    }
    if let Ok(doc) = &examined.read {
        if !doc.encodings.is_empty() {
            let names: Vec<&str> = doc.encodings.iter().map(|e| encoding_name(*e)).collect();
            out.push_str(&format!("legacy encodings decoded: {}\n", names.join(", ")));
        }
        if !doc.fonts.is_empty() {
            out.push_str(&format!("fonts: {}\n", doc.fonts.join(", ")));
        }
        for warning in &doc.warnings {
            out.push_str(&format!("warning: {warning}\n"));
        }
        let header = doc.header_text();
        if !header.trim().is_empty() {
            out.push_str("--- page header/footer text\n");
            out.push_str(&header);
        }
        out.push_str("--- text\n");
        out.push_str(&doc.body_text());
    }
    out
}
