//! PDFs from generated DOCX through LibreOffice, and scans: a rendered page rasterised to grey
//! (`pdftoppm -gray`) and wrapped as an image-only PDF with lopdf.

use std::path::{Path, PathBuf};
use std::process::Command;

use lopdf::{Dictionary, Document, Object, Stream, dictionary};

/// Converts every DOCX in `docx` to PDF in one LibreOffice run (a private profile, so a
/// running desktop LibreOffice is not disturbed); returns the PDF paths in the same order.
pub fn convert_all(docx: &[PathBuf], work: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if docx.is_empty() {
        return Ok(Vec::new());
    }
    let profile = work.join("lo-profile");
    let out = work.join("pdf");
    std::fs::create_dir_all(&out)?;
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&out)
        .args(docx)
        .output()?;
    if !status.status.success() {
        anyhow::bail!(
            "soffice failed: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    }
    docx.iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .ok_or_else(|| anyhow::anyhow!("no file stem: {}", p.display()))?;
            let pdf = out.join(stem).with_extension("pdf");
            if pdf.exists() {
                Ok(pdf)
            } else {
                anyhow::bail!("soffice wrote no PDF for {}", p.display())
            }
        })
        .collect()
}

/// Page 1 of `pdf` as an 8-bit grey image (width, height, pixels) at `dpi`.
fn render_gray(pdf: &Path, dpi: u32, work: &Path) -> anyhow::Result<(u32, u32, Vec<u8>)> {
    let prefix = work.join("scan");
    let status = Command::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            &dpi.to_string(),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
        ])
        .arg(pdf)
        .arg(&prefix)
        .status()?;
    if !status.success() {
        anyhow::bail!("pdftoppm failed on {}", pdf.display());
    }
    let bytes = std::fs::read(prefix.with_extension("pgm"))?;
    parse_pgm(&bytes)
}

/// Parses a binary PGM (P5, maxval 255).
fn parse_pgm(bytes: &[u8]) -> anyhow::Result<(u32, u32, Vec<u8>)> {
    let mut fields = Vec::new();
    let mut pos = 0;
    while fields.len() < 4 {
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if bytes.get(pos) == Some(&b'#') {
            while pos < bytes.len() && bytes[pos] != b'\n' {
                pos += 1;
            }
            continue;
        }
        let start = pos;
        while pos < bytes.len() && !bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if start == pos {
            anyhow::bail!("truncated PGM header");
        }
        fields.push(std::str::from_utf8(&bytes[start..pos])?.to_string());
    }
    if fields[0] != "P5" || fields[3] != "255" {
        anyhow::bail!("not an 8-bit binary PGM");
    }
    let (w, h): (u32, u32) = (fields[1].parse()?, fields[2].parse()?);
    let data = bytes
        .get(pos + 1..)
        .ok_or_else(|| anyhow::anyhow!("PGM without pixels"))?;
    if data.len() < (w * h) as usize {
        anyhow::bail!("PGM pixel data too short");
    }
    Ok((w, h, data[..(w * h) as usize].to_vec()))
}

/// An image-only PDF of page 1 of `pdf`: what a photocopier's scan-to-PDF produces.
pub fn scan(pdf: &Path, work: &Path) -> anyhow::Result<Vec<u8>> {
    let (w, h, pixels) = render_gray(pdf, 100, work)?;
    let mut doc = Document::with_version("1.4");
    let mut image = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => i64::from(w),
            "Height" => i64::from(h),
            "ColorSpace" => "DeviceGray",
            "BitsPerComponent" => 8,
        },
        pixels,
    );
    image.compress()?;
    let image_id = doc.add_object(image);
    // A4 in points; the image fills the page.
    let (pw, ph) = (595, 842);
    let content = format!("q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q").into_bytes();
    let content_id = doc.add_object(Stream::new(Dictionary::new(), content));
    let pages_id = doc.new_object_id();
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), pw.into(), ph.into()],
        "Contents" => content_id,
        "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image_id } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out)?;
    Ok(out)
}

/// A small JPEG photo of page 1 of `pdf`.
pub fn jpeg(pdf: &Path, work: &Path) -> anyhow::Result<Vec<u8>> {
    let prefix = work.join("photo");
    let status = Command::new("pdftoppm")
        .args(["-jpeg", "-r", "40", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .status()?;
    if !status.success() {
        anyhow::bail!("pdftoppm -jpeg failed on {}", pdf.display());
    }
    Ok(std::fs::read(prefix.with_extension("jpg"))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgm_header_with_comment_parses() {
        let mut bytes = b"P5\n# made by test\n2 2\n255\n".to_vec();
        bytes.extend_from_slice(&[0, 255, 128, 64]);
        let (w, h, px) = parse_pgm(&bytes).unwrap();
        assert_eq!((w, h, px), (2, 2, vec![0, 255, 128, 64]));
    }

    #[test]
    fn pgm_rejects_ascii_variant() {
        assert!(parse_pgm(b"P2\n1 1\n255\n0\n").is_err());
    }
}
