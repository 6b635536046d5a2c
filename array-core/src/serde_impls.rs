//! `serde` support (cargo feature `serde`): `Serialize` for every array kind, `Deserialize`
//! for [`Owned`].
//!
//! An array is a struct of two fields, its shape and its elements in C order, whatever its
//! layout, so a view serialises exactly like its copy. In JSON:
//!
//! ```json
//! {"shape":[2,3],"data":[1,2,3,4,5,6]}
//! ```
//!
//! Formats that are not self-describing see the same struct as a sequence of the two fields
//! in that order, and both forms are read back. Reading checks what the type says: the
//! shape must have one length per axis of the rank `D`, and the data as many elements as
//! the shape holds.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::error::TupleShape;
use crate::rank::Dim;
use crate::{CowArray, Owned, View, ViewMut};

/// The struct's name, the same for every kind: formats that print it (RON, for one) show a
/// view and its copy alike.
const NAME: &str = "Array";
const FIELDS: &[&str] = &["shape", "data"];

/// Writes any array as `{ shape, data }`.
fn serialize_view<S: Serializer, T: Serialize, D: Dim>(
    v: View<'_, T, D>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut s = serializer.serialize_struct(NAME, FIELDS.len())?;
    s.serialize_field("shape", v.shape())?;
    s.serialize_field("data", &Elements(v))?;
    s.end()
}

/// The elements of a view as a sequence in C order, of known length.
struct Elements<'a, T, D: Dim>(View<'a, T, D>);

impl<T: Serialize, D: Dim> Serialize for Elements<'_, T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

/// Serialises the array as `{ "shape": [..], "data": [..] }` with the elements in C order.
///
/// ```json
/// {"shape":[2,2],"data":[1,2,3,4]}
/// ```
impl<T: Serialize, D: Dim> Serialize for Owned<T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_view(self.view(), serializer)
    }
}

/// Serialises the viewed elements as their copy ([`View::to_owned`]) would be: shape and
/// elements in C order, whatever the strides.
impl<T: Serialize, D: Dim> Serialize for View<'_, T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_view(*self, serializer)
    }
}

/// Serialises the viewed elements as their copy would be: shape and elements in C order.
impl<T: Serialize, D: Dim> Serialize for ViewMut<'_, T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_view(self.view(), serializer)
    }
}

/// Serialises the elements as an [`Owned`] of them would be, whether this is a view or a
/// copy.
impl<T: Serialize, D: Dim> Serialize for CowArray<'_, T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_view(self.view(), serializer)
    }
}

/// Reads `{ "shape": [..], "data": [..] }` (or the sequence `[shape, data]`) with the
/// elements in C order.
///
/// # Errors
/// The format's error, with messages such as
/// `cannot deserialize a 2-dimensional array from shape (2,3,4)` when the shape's length is
/// not the rank `D`, and `cannot reshape array of size 5 into shape (2,3)` when the data
/// does not fill the shape exactly.
///
/// ```
/// use typed_array::prelude::*;
/// use serde::Deserialize;
/// use serde::de::IntoDeserializer;
/// use serde::de::value::{Error, SeqDeserializer};
///
/// // serde's in-memory deserializer stands in for a format here; the sequence
/// // `[shape, data]` is how formats without field names store the struct.
/// let parts = |shape: Vec<usize>, data: Vec<usize>| -> SeqDeserializer<_, Error> {
///     vec![shape, data].into_deserializer()
/// };
/// let a = Owned::<usize, U2>::deserialize(parts(vec![2, 2], vec![1, 2, 3, 4])).unwrap();
/// assert_eq!(a, array![[1, 2], [3, 4]]);
///
/// let err = Owned::<usize, U2>::deserialize(parts(vec![2, 3], vec![1, 2, 3, 4, 5]));
/// assert_eq!(err.unwrap_err().to_string(), "cannot reshape array of size 5 into shape (2,3)");
/// let err = Owned::<usize, U2>::deserialize(parts(vec![4], vec![1, 2, 3, 4]));
/// assert_eq!(err.unwrap_err().to_string(), "cannot deserialize a 2-dimensional array from shape (4,)");
/// ```
impl<'de, T: Deserialize<'de>, D: Dim> Deserialize<'de> for Owned<T, D> {
    fn deserialize<De: Deserializer<'de>>(deserializer: De) -> Result<Self, De::Error> {
        deserializer.deserialize_struct(NAME, FIELDS, ArrayVisitor(PhantomData))
    }
}

/// Builds the array once both fields are read.
fn build<T, D: Dim, E: de::Error>(shape: D::Shape, data: Vec<T>) -> Result<Owned<T, D>, E> {
    Owned::from_shape_array(shape, data).map_err(E::custom)
}

struct ArrayVisitor<T, D>(PhantomData<fn() -> (T, D)>);

impl<'de, T: Deserialize<'de>, D: Dim> Visitor<'de> for ArrayVisitor<T, D> {
    type Value = Owned<T, D>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a {}-dimensional array: a struct with fields `shape` and `data`",
            D::NDIM
        )
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let shape = seq
            .next_element_seed(ShapeSeed::<D>(PhantomData))?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let data = seq
            .next_element::<Vec<T>>()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        build(shape, data)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut shape = None;
        let mut data = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Shape if shape.is_some() => return Err(de::Error::duplicate_field("shape")),
                Field::Shape => shape = Some(map.next_value_seed(ShapeSeed::<D>(PhantomData))?),
                Field::Data if data.is_some() => return Err(de::Error::duplicate_field("data")),
                Field::Data => data = Some(map.next_value::<Vec<T>>()?),
                // Unknown fields are skipped, as serde's derived impls do.
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let shape = shape.ok_or_else(|| de::Error::missing_field("shape"))?;
        let data = data.ok_or_else(|| de::Error::missing_field("data"))?;
        build(shape, data)
    }
}

/// A field name of the struct.
enum Field {
    Shape,
    Data,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<De: Deserializer<'de>>(deserializer: De) -> Result<Self, De::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`shape` or `data`")
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Field, E> {
        Ok(match index {
            0 => Field::Shape,
            1 => Field::Data,
            _ => Field::Other,
        })
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
        self.visit_bytes(name.as_bytes())
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Field, E> {
        Ok(match name {
            b"shape" => Field::Shape,
            b"data" => Field::Data,
            _ => Field::Other,
        })
    }
}

/// Reads a shape of rank `D` from a sequence of lengths.
struct ShapeSeed<D>(PhantomData<D>);

impl<'de, D: Dim> DeserializeSeed<'de> for ShapeSeed<D> {
    type Value = D::Shape;

    fn deserialize<De: Deserializer<'de>>(self, deserializer: De) -> Result<D::Shape, De::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, D: Dim> Visitor<'de> for ShapeSeed<D> {
    type Value = D::Shape;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a shape of {} lengths", D::NDIM)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<D::Shape, A::Error> {
        let mut shape = D::shape_filled(0);
        let mut count = 0;
        // Lengths past the rank are kept only to name the whole shape in the error.
        let mut extra = Vec::new();
        while let Some(len) = seq.next_element::<usize>()? {
            match shape.as_mut().get_mut(count) {
                Some(slot) => *slot = len,
                None => extra.push(len),
            }
            count += 1;
        }
        if count != D::NDIM {
            let mut found = shape.as_ref()[..count.min(D::NDIM)].to_vec();
            found.extend(extra);
            return Err(de::Error::custom(rank_mismatch(D::NDIM, &found)));
        }
        Ok(shape)
    }
}

#[cold]
#[inline(never)]
fn rank_mismatch(ndim: usize, found: &[usize]) -> String {
    format!(
        "cannot deserialize a {ndim}-dimensional array from shape {}",
        TupleShape(found)
    )
}
