//! An ordered table keyed by ID: O(1) lookup, insert and remove, and
//! iteration in insertion order (so a state keeps its order across commands).

use crate::text::Id;
use rustc_hash::FxHashMap;

/// Something stored under an ID.
pub trait Keyed {
    fn key(&self) -> &Id;
}

impl Keyed for crate::model::Image {
    fn key(&self) -> &Id {
        &self.id
    }
}
impl Keyed for crate::model::Instance {
    fn key(&self) -> &Id {
        &self.id
    }
}
impl Keyed for crate::model::Snapshot {
    fn key(&self) -> &Id {
        &self.id
    }
}

#[derive(Clone, Debug)]
pub struct Table<T> {
    /// Removed rows leave a hole until the next compaction.
    slots: Vec<Option<T>>,
    index: FxHashMap<Id, usize>,
}

impl<T: Keyed + Clone> Table<T> {
    /// Builds the table; `Err` carries the position of the first duplicate
    /// and the position of the row it repeats.
    pub fn from_rows(rows: Vec<T>) -> Result<Self, (usize, usize)> {
        let mut index = FxHashMap::with_capacity_and_hasher(rows.len(), Default::default());
        for (at, row) in rows.iter().enumerate() {
            if let Some(first) = index.insert(row.key().clone(), at) {
                return Err((at, first));
            }
        }
        Ok(Table {
            slots: rows.into_iter().map(Some).collect(),
            index,
        })
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.index.get(id).and_then(|&at| self.slots[at].as_ref())
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut T> {
        match self.index.get(id) {
            Some(&at) => self.slots[at].as_mut(),
            None => None,
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Appends a row whose ID is not in the table (the caller checked).
    pub fn insert(&mut self, row: T) {
        debug_assert!(!self.contains(row.key()));
        self.index.insert(row.key().clone(), self.slots.len());
        self.slots.push(Some(row));
    }

    pub fn remove(&mut self, id: &str) -> Option<T> {
        let at = self.index.remove(id)?;
        let row = self.slots[at].take();
        self.compact_if_sparse();
        row
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.slots.iter().flatten()
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.iter().cloned().collect()
    }

    /// Keeps holes at most half the slots, so memory and iteration stay
    /// proportional to the rows (amortized O(1) per removal).
    fn compact_if_sparse(&mut self) {
        if self.slots.len() > 64 && self.index.len() * 2 < self.slots.len() {
            self.slots.retain(Option::is_some);
            for (at, row) in self.slots.iter().enumerate() {
                if let Some(row) = row {
                    if let Some(slot) = self.index.get_mut(row.key().as_str()) {
                        *slot = at;
                    }
                }
            }
        }
    }
}
