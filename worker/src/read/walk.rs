//! Walking an agency folder: every file becomes one record, nothing is skipped silently.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::ReadError;
use crate::vntext::normalize;

/// Metadata files the campaign layout puts at an agency's root (contract §1); they are read by
/// the campaign scanner, not as documents.
const AGENCY_METADATA: [&str; 2] = ["agency.toml", "tthc.csv"];

/// One file in an agency folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// Path relative to the agency folder with '/' separators, NFC, so that reports and
    /// cache keys agree whether the folder was copied from Windows or macOS.
    pub rel_path: String,
    pub abs_path: PathBuf,
    /// Size in bytes (of the link itself for a symbolic link).
    pub size: u64,
    /// The entry is a symbolic link; it is listed (so a report can say so) but never followed,
    /// so that an agency folder cannot pull in files from elsewhere on the machine.
    pub is_symlink: bool,
}

/// Lists every file under an agency folder, sorted by relative path.
///
/// Sub-folders are walked; symbolic links are listed, not followed. Only `agency.toml` and
/// `tthc.csv` at the root are left out. An unreadable sub-folder fails the walk rather than
/// silently shrinking the agency's document set.
pub fn walk_agency(dir: &Path) -> Result<Vec<FileEntry>, io::Error> {
    let mut entries = Vec::new();
    let mut pending: Vec<(PathBuf, String)> = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = pending.pop() {
        let listing = fs::read_dir(&folder).map_err(|e| with_path(e, &folder))?;
        for item in listing {
            let item = item.map_err(|e| with_path(e, &folder))?;
            let name = normalize::nfc(&item.file_name().to_string_lossy());
            let abs_path = item.path();
            let meta = fs::symlink_metadata(&abs_path).map_err(|e| with_path(e, &abs_path))?;
            if prefix.is_empty() && AGENCY_METADATA.contains(&name.as_str()) && meta.is_file() {
                continue;
            }
            let rel_path = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            if meta.is_dir() {
                pending.push((abs_path, rel_path));
                continue;
            }
            entries.push(FileEntry {
                rel_path,
                abs_path,
                size: meta.len(),
                is_symlink: meta.file_type().is_symlink(),
            });
        }
    }
    entries.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    Ok(entries)
}

/// The agencies of a campaign: its sub-folders (agency id = folder name, NFC), sorted; hidden
/// folders (`.git`, `.isomigrate`) are not agencies.
pub fn agency_dirs(campaign: &Path) -> io::Result<Vec<(String, PathBuf)>> {
    let mut agencies = Vec::new();
    for item in fs::read_dir(campaign).map_err(|e| with_path(e, campaign))? {
        let item = item.map_err(|e| with_path(e, campaign))?;
        let name = normalize::nfc(&item.file_name().to_string_lossy());
        if name.starts_with('.') {
            continue;
        }
        let path = item.path();
        // A campaign assembled from symbolic links to agency folders is still a campaign.
        if fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            agencies.push((name, path));
        }
    }
    agencies.sort();
    Ok(agencies)
}

fn with_path(error: io::Error, path: &Path) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// The error for a file whose format the program does not read, saying what to do with it.
pub fn unsupported_error(name: &str) -> ReadError {
    ReadError::Unsupported(unsupported_message(name))
}

fn unsupported_message(name: &str) -> String {
    let file_name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let lower = file_name.to_lowercase();
    if file_name.starts_with("~$") {
        return format!("Word lock file ({file_name}): not a document, delete it");
    }
    if matches!(lower.as_str(), "thumbs.db" | ".ds_store" | "desktop.ini") {
        return format!("system file ({file_name}): not a document, delete it");
    }
    let Some((_, ext)) = lower.rsplit_once('.').filter(|(stem, _)| !stem.is_empty()) else {
        return format!(
            "file without an extension ({file_name}) is not read; if it is a Word or PDF document, rename it to end in .docx or .pdf"
        );
    };
    match ext {
        "doc" | "dot" => "Word 97-2003 document (.doc) is not read; convert it to DOCX (e.g. with LibreOffice: soffice --headless --convert-to docx)".into(),
        "odt" | "ott" | "fodt" => format!("OpenDocument text (.{ext}) is not read; convert it to DOCX (e.g. with LibreOffice: soffice --headless --convert-to docx)"),
        "rtf" => "RTF document (.rtf) is not read; open it in Word or LibreOffice and save it as DOCX".into(),
        "wpd" | "wps" | "pages" => format!("word-processor file (.{ext}) is not read; save it as DOCX or PDF"),
        "txt" => "plain text (.txt) is not read; paste it into a Word document and save it as DOCX".into(),
        "xls" | "xlsx" | "xlsm" | "xlsb" | "ods" | "csv" => format!("spreadsheet (.{ext}) is not read; if it is a quality document (e.g. a risk register), export it to PDF"),
        "ppt" | "pptx" | "pps" | "ppsx" | "odp" => format!("presentation (.{ext}) is not read; export it to PDF"),
        "jpg" | "jpeg" | "png" | "gif" | "bmp" | "tif" | "tiff" | "heic" | "webp" => format!("image (.{ext}): scan it to PDF or type the document"),
        "zip" | "rar" | "7z" | "tar" | "gz" | "tgz" | "bz2" | "xz" => format!("archive (.{ext}): unpack it into the agency folder"),
        "htm" | "html" | "mht" | "mhtml" => format!("web page (.{ext}) is not read; open it in Word and save it as DOCX"),
        "xml" => "XML file (.xml) is not read; if it is a Word document, open it in Word and save it as DOCX".into(),
        "xps" | "oxps" | "djvu" => format!("document (.{ext}) is not read; print it to PDF"),
        "lnk" | "url" => format!("shortcut (.{ext}): not a document, copy the document itself into the agency folder"),
        "msg" | "eml" => format!("e-mail (.{ext}) is not read; save its attachments into the agency folder"),
        "tmp" | "bak" | "wbk" | "asd" => format!("temporary or backup file (.{ext}): not a document, delete it"),
        "exe" | "dll" | "bat" | "cmd" | "js" | "vbs" => format!("program file (.{ext}): not a document, remove it from the agency folder"),
        other => format!("unsupported file type (.{other}): only DOCX and PDF documents are read; convert it to one of those"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(name: &str) -> String {
        match unsupported_error(name) {
            ReadError::Unsupported(msg) => msg,
            other => panic!("expected unsupported, got {other:?}"),
        }
    }

    #[test]
    fn unsupported_messages_say_what_to_do() {
        assert!(message("QT-01.doc").contains("Word 97-2003"));
        assert!(message("QT-01.doc").contains("soffice --headless --convert-to docx"));
        assert!(message("a/b/scan.JPG").starts_with("image (.jpg)"));
        assert!(message("rui ro.xlsx").starts_with("spreadsheet (.xlsx)"));
        assert!(message("ho so.zip").starts_with("archive (.zip): unpack"));
        assert!(message("~$QT-01.docx").starts_with("Word lock file (~$QT-01.docx)"));
        assert!(message("Thumbs.db").starts_with("system file"));
        assert!(message("README").contains("without an extension"));
        assert!(message(".hidden").contains("without an extension"));
        assert!(message("x.odt").contains("OpenDocument"));
        assert!(message("x.foo").contains("(.foo)"));
    }

    #[test]
    fn walk_lists_everything_but_agency_metadata() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(root.join("agency.toml"), "name = \"Sở Công Thương\"").unwrap();
        fs::write(root.join("tthc.csv"), "code,name\n").unwrap();
        fs::create_dir_all(root.join("Quy trinh/2019")).unwrap();
        // NFD name as macOS writes it.
        let nfd_name = "Quy trình.docx".chars().collect::<String>();
        let nfd_name: String =
            unicode_normalization::UnicodeNormalization::nfd(nfd_name.as_str()).collect();
        fs::write(root.join("Quy trinh").join(&nfd_name), b"PK").unwrap();
        fs::write(root.join("Quy trinh/2019/QT-01.doc"), b"old").unwrap();
        fs::write(root.join("Quy trinh/~$QT-01.docx"), b"lock").unwrap();
        fs::write(root.join("Quy trinh/tthc.csv"), b"not at the root").unwrap();
        fs::write(root.join("Thumbs.db"), b"").unwrap();

        let entries = walk_agency(root).unwrap();
        let paths: Vec<&str> = entries.iter().map(|e| e.rel_path.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "Quy trinh/2019/QT-01.doc",
                "Quy trinh/Quy trình.docx",
                "Quy trinh/tthc.csv",
                "Quy trinh/~$QT-01.docx",
                "Thumbs.db",
            ]
        );
        assert_eq!(entries[0].size, 3);
        assert!(entries[1].abs_path.is_file());
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_listed_not_followed() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.docx"), b"PK").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("linked")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.docx"),
            dir.path().join("link.docx"),
        )
        .unwrap();
        let entries = walk_agency(dir.path()).unwrap();
        let listed: Vec<(&str, bool)> = entries
            .iter()
            .map(|e| (e.rel_path.as_str(), e.is_symlink))
            .collect();
        assert_eq!(listed, vec![("link.docx", true), ("linked", true)]);
    }

    #[test]
    fn agencies_are_sorted_subfolders() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["so-tu-phap", "ubnd-xa-a", ".isomigrate"] {
            fs::create_dir(dir.path().join(name)).unwrap();
        }
        fs::write(dir.path().join("campaign.toml"), "").unwrap();
        let agencies = agency_dirs(dir.path()).unwrap();
        let ids: Vec<&str> = agencies.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, vec!["so-tu-phap", "ubnd-xa-a"]);
        assert!(agency_dirs(&dir.path().join("missing")).is_err());
    }
}
