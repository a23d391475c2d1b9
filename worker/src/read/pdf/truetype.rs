//! Just enough of the TrueType format to read a font's `cmap` table, for CID fonts that carry
//! no ToUnicode map: inverting character → glyph gives glyph → character, which is how
//! pdftotext recovers their text.

use std::collections::HashMap;

/// Most glyphs mapped; a font has at most 65 535.
const MAX_GLYPHS: usize = 1 << 16;

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*data.get(at)?, *data.get(at + 1)?]))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes([
        *data.get(at)?,
        *data.get(at + 1)?,
        *data.get(at + 2)?,
        *data.get(at + 3)?,
    ]))
}

/// Glyph id → character from the font's Unicode `cmap` subtable (format 4 or 12). Empty
/// when the font has none or is malformed.
pub(super) fn glyph_to_unicode(font: &[u8]) -> HashMap<u16, char> {
    let mut out = HashMap::new();
    let Some(cmap) = find_table(font, b"cmap") else {
        return out;
    };
    let count = usize::from(u16_at(cmap, 2).unwrap_or(0));
    let mut best: Option<(u8, usize)> = None;
    for i in 0..count.min(64) {
        let rec = 4 + i * 8;
        let (Some(platform), Some(encoding), Some(offset)) = (
            u16_at(cmap, rec),
            u16_at(cmap, rec + 2),
            u32_at(cmap, rec + 4),
        ) else {
            break;
        };
        let rank = match (platform, encoding) {
            (3, 10) => 4,
            (0, 4) | (0, 6) => 3,
            (3, 1) => 2,
            (0, _) => 1,
            _ => continue,
        };
        if best.is_none_or(|(r, _)| rank > r) {
            best = Some((rank, offset as usize));
        }
    }
    let Some((_, offset)) = best else { return out };
    let Some(sub) = cmap.get(offset..) else {
        return out;
    };
    match u16_at(sub, 0) {
        Some(4) => format4(sub, &mut out),
        Some(12) => format12(sub, &mut out),
        _ => {}
    }
    out
}

fn find_table<'a>(font: &'a [u8], tag: &[u8; 4]) -> Option<&'a [u8]> {
    let count = usize::from(u16_at(font, 4)?);
    for i in 0..count.min(256) {
        let rec = 12 + i * 16;
        if font.get(rec..rec + 4)? == tag {
            let offset = u32_at(font, rec + 8)? as usize;
            let len = u32_at(font, rec + 12)? as usize;
            return font.get(offset..offset.checked_add(len)?.min(font.len()));
        }
    }
    None
}

fn insert(out: &mut HashMap<u16, char>, gid: u16, cp: u32) {
    if gid != 0
        && out.len() < MAX_GLYPHS
        && let Some(c) = char::from_u32(cp)
    {
        out.entry(gid).or_insert(c);
    }
}

fn format4(sub: &[u8], out: &mut HashMap<u16, char>) {
    let Some(seg_x2) = u16_at(sub, 6) else { return };
    let segs = usize::from(seg_x2 / 2);
    let ends = 14;
    let starts = ends + segs * 2 + 2;
    let deltas = starts + segs * 2;
    let ranges = deltas + segs * 2;
    for s in 0..segs {
        let (Some(end), Some(start), Some(delta), Some(range)) = (
            u16_at(sub, ends + s * 2),
            u16_at(sub, starts + s * 2),
            u16_at(sub, deltas + s * 2),
            u16_at(sub, ranges + s * 2),
        ) else {
            return;
        };
        if start > end {
            continue;
        }
        for c in start..=end {
            if c == 0xFFFF {
                break;
            }
            let gid = if range == 0 {
                c.wrapping_add(delta)
            } else {
                let at = ranges + s * 2 + usize::from(range) + 2 * usize::from(c - start);
                match u16_at(sub, at) {
                    Some(0) | None => continue,
                    Some(g) => g.wrapping_add(delta),
                }
            };
            insert(out, gid, u32::from(c));
        }
    }
}

fn format12(sub: &[u8], out: &mut HashMap<u16, char>) {
    let Some(groups) = u32_at(sub, 12) else {
        return;
    };
    for g in 0..(groups as usize).min(MAX_GLYPHS) {
        let at = 16 + g * 12;
        let (Some(start), Some(end), Some(gid)) =
            (u32_at(sub, at), u32_at(sub, at + 4), u32_at(sub, at + 8))
        else {
            return;
        };
        if end < start || end - start > MAX_GLYPHS as u32 {
            continue;
        }
        for (k, cp) in (start..=end).enumerate() {
            if let Ok(gid) = u16::try_from(gid as usize + k) {
                insert(out, gid, cp);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A font with only a `cmap` table holding one format 4 segment 'A'..'C' → glyphs 3..5.
    fn tiny_font() -> Vec<u8> {
        let mut sub = Vec::new();
        let segs: [(u16, u16, u16); 2] =
            [(0x41, 0x43, 3u16.wrapping_sub(0x41)), (0xFFFF, 0xFFFF, 1)];
        sub.extend_from_slice(&4u16.to_be_bytes());
        sub.extend_from_slice(&0u16.to_be_bytes());
        sub.extend_from_slice(&0u16.to_be_bytes());
        sub.extend_from_slice(&4u16.to_be_bytes());
        sub.extend_from_slice(&[0; 6]);
        segs.iter()
            .for_each(|s| sub.extend_from_slice(&s.1.to_be_bytes()));
        sub.extend_from_slice(&[0, 0]);
        segs.iter()
            .for_each(|s| sub.extend_from_slice(&s.0.to_be_bytes()));
        segs.iter()
            .for_each(|s| sub.extend_from_slice(&s.2.to_be_bytes()));
        segs.iter().for_each(|_| sub.extend_from_slice(&[0, 0]));
        let mut cmap = vec![0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12];
        cmap.extend(sub);
        let mut font = vec![0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
        font.extend_from_slice(b"cmap");
        font.extend_from_slice(&[0; 4]);
        font.extend_from_slice(&28u32.to_be_bytes());
        font.extend_from_slice(&(cmap.len() as u32).to_be_bytes());
        font.extend(cmap);
        font
    }

    #[test]
    fn format4_is_inverted() {
        let map = glyph_to_unicode(&tiny_font());
        assert_eq!(map.get(&3), Some(&'A'));
        assert_eq!(map.get(&5), Some(&'C'));
        assert_eq!(map.len(), 3);
        assert!(glyph_to_unicode(b"garbage").is_empty());
        assert!(glyph_to_unicode(&tiny_font()[..40]).is_empty());
    }
}
