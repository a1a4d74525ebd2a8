//! Map from prose offsets to source byte offsets.
//!
//! The prose is built from pieces of the source. A piece copied byte for byte
//! maps offset for offset; a piece the parser rewrote (an entity such as
//! `&amp;`) maps as a whole, so any offset inside it lands on its start or
//! end. Text the model inserts itself (paragraph breaks) maps to the end of
//! the piece before it.

#[derive(Debug, Clone, Copy)]
struct Segment {
    prose: usize,
    source: usize,
    prose_len: usize,
    source_len: usize,
}

impl Segment {
    fn exact(&self) -> bool {
        self.prose_len == self.source_len
    }
}

#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
}

impl OffsetMap {
    /// The map of a prose string that is the source itself.
    pub fn identity(len: usize) -> OffsetMap {
        OffsetMap {
            segments: vec![Segment {
                prose: 0,
                source: 0,
                prose_len: len,
                source_len: len,
            }],
        }
    }

    /// Records that prose `prose..prose+prose_len` came from
    /// `source..source+source_len`. Pieces must be pushed in prose order.
    pub fn push(&mut self, prose: usize, prose_len: usize, source: usize, source_len: usize) {
        if prose_len == 0 {
            return;
        }
        if let Some(last) = self.segments.last_mut() {
            if last.exact()
                && prose_len == source_len
                && last.prose + last.prose_len == prose
                && last.source + last.source_len == source
            {
                last.prose_len += prose_len;
                last.source_len += source_len;
                return;
            }
        }
        self.segments.push(Segment {
            prose,
            source,
            prose_len,
            source_len,
        });
    }

    /// Source offset of a prose offset. `end_bias` chooses, for an offset at
    /// the boundary of two pieces or inside a rewritten piece, the end of the
    /// piece before rather than the start of the piece after.
    pub fn to_source(&self, prose: usize, end_bias: bool) -> usize {
        let i = self.segments.partition_point(|s| s.prose <= prose);
        if i == 0 {
            return self.segments.first().map_or(0, |s| s.source);
        }
        let seg = self.segments[i - 1];
        let within = prose - seg.prose;
        if end_bias && within == 0 && i >= 2 {
            let prev = self.segments[i - 2];
            return prev.source + prev.source_len;
        }
        if within >= seg.prose_len {
            return seg.source + seg.source_len;
        }
        if seg.exact() {
            seg.source + within
        } else if end_bias && within > 0 {
            seg.source + seg.source_len
        } else {
            seg.source
        }
    }

    /// Prose offset of a source offset, when that source byte is prose.
    pub fn to_prose(&self, source: usize) -> Option<usize> {
        // Segments are in prose order, which is also source order.
        let i = self.segments.partition_point(|s| s.source <= source);
        let seg = self.segments.get(i.checked_sub(1)?)?;
        let within = source - seg.source;
        if within < seg.source_len || (within == seg.source_len && i == self.segments.len()) {
            Some(seg.prose + if seg.exact() { within } else { 0 })
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_rewritten_pieces() {
        let mut m = OffsetMap::default();
        m.push(0, 5, 2, 5); // "hello" at source 2
        m.push(5, 1, 7, 5); // "&" from "&amp;" at source 7
        m.push(6, 3, 12, 3);
        assert_eq!(m.to_source(0, false), 2);
        assert_eq!(m.to_source(3, false), 5);
        assert_eq!(m.to_source(5, false), 7);
        assert_eq!(m.to_source(5, true), 7);
        assert_eq!(m.to_source(6, true), 12);
        assert_eq!(m.to_source(6, false), 12);
        assert_eq!(m.to_source(9, true), 15);
        assert_eq!(m.to_prose(3), Some(1));
        assert_eq!(m.to_prose(9), Some(5));
        assert_eq!(m.to_prose(0), None);
    }

    #[test]
    fn inserted_text_maps_to_the_end_of_the_piece_before() {
        let mut m = OffsetMap::default();
        m.push(0, 3, 0, 3);
        // prose 3..5 is an inserted paragraph break
        m.push(5, 3, 10, 3);
        assert_eq!(m.to_source(4, false), 3);
        assert_eq!(m.to_source(5, true), 3);
        assert_eq!(m.to_source(5, false), 10);
    }
}
