//! The checks. Each module has one job over the shared document model:
//!
//! - [`quotes`]: pair quote marks into quotations (`unclosed-quote`);
//! - [`names`]: name mentions and the people they refer to;
//! - [`attribution`]: speakers, cues and kinds of quotes;
//! - [`unattributed`]: `unattributed-quote`, `vague-attribution`;
//! - [`spelling`]: `name-spelling`, `first-reference`;
//! - [`claims`]: the `conflicting-*` family.

pub mod attribution;
pub mod claims;
pub mod names;
pub mod quotes;
pub mod spelling;
pub mod unattributed;
