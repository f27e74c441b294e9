//! The file's structure tree, from the tree layout recorded and what `draw.rs` drew.
//!
//! Content comes in reading order; a node joins its parent when its first content comes, so
//! siblings stay in reading order too. A link node holds its annotations first, then its text,
//! as PDF/UA wants. Content layout did not mark is read as part of the document, never lost, and
//! a link annotation it did not mark is a link of its own (krilla refuses an annotation outside
//! the tree).

use crate::layout::page::Mark;
use crate::layout::structure::{Node as Element, Role};
use krilla::tagging::{
    Identifier, ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};
use std::num::NonZeroU16;

enum Child {
    Node(usize),
    Content(Identifier),
}

struct Builder<'a> {
    nodes: &'a [Element],
    children: Vec<Vec<Child>>,
    annotations: Vec<Vec<Identifier>>,
    attached: Vec<bool>,
    root: Vec<Child>,
}

/// The tree of a letter in `lang`; `alt` says what the logo shows.
pub fn tree(
    nodes: &[Element],
    content: &[(Mark, Identifier)],
    annotations: &[(Mark, Identifier)],
    lang: &str,
    alt: &str,
) -> TagTree {
    let mut builder = Builder {
        nodes,
        children: nodes.iter().map(|_| Vec::new()).collect(),
        annotations: nodes.iter().map(|_| Vec::new()).collect(),
        attached: vec![false; nodes.len()],
        root: Vec::new(),
    };
    for (mark, id) in content {
        match *mark {
            Mark::Node(node) => {
                builder.attach(node);
                builder.children[node].push(Child::Content(*id));
            }
            _ => builder.root.push(Child::Content(*id)),
        }
    }
    let mut unmarked = Vec::new();
    for (mark, id) in annotations {
        match *mark {
            Mark::Node(node) => {
                builder.attach(node);
                builder.annotations[node].push(*id);
            }
            _ => unmarked.push(Node::from(*id)),
        }
    }
    let mut tree = TagTree::new().with_lang(Some(lang.to_string()));
    if !unmarked.is_empty() {
        tree.push(TagGroup::with_children(Tag::Link, unmarked));
    }
    for child in std::mem::take(&mut builder.root) {
        match child {
            Child::Node(node) => tree.push(builder.group(node, alt)),
            Child::Content(id) => tree.push(id),
        }
    }
    tree
}

impl Builder<'_> {
    /// Puts `node` (and its ancestors) into the tree, after the siblings already there.
    fn attach(&mut self, node: usize) {
        if std::mem::replace(&mut self.attached[node], true) {
            return;
        }
        match self.nodes[node].parent {
            Some(parent) => {
                self.attach(parent);
                self.children[parent].push(Child::Node(node));
            }
            None => self.root.push(Child::Node(node)),
        }
    }

    fn group(&mut self, node: usize, alt: &str) -> TagGroup {
        let mut group = TagGroup::new(tag(&self.nodes[node].role, alt));
        for id in std::mem::take(&mut self.annotations[node]) {
            group.push(id);
        }
        for child in std::mem::take(&mut self.children[node]) {
            match child {
                Child::Node(inner) => group.push(self.group(inner, alt)),
                Child::Content(id) => group.push(id),
            }
        }
        group
    }
}

fn tag(role: &Role, alt: &str) -> TagKind {
    match role {
        Role::Paragraph => Tag::P.into(),
        Role::Heading { level, title } => {
            let level = NonZeroU16::new((*level).into()).unwrap_or(NonZeroU16::MIN);
            Tag::Hn(level, Some(title.clone())).into()
        }
        Role::List { numbered: true } => Tag::L(ListNumbering::Decimal).into(),
        Role::List { numbered: false } => Tag::L(ListNumbering::None).into(),
        Role::Item => Tag::LI.into(),
        Role::Label => Tag::Lbl.into(),
        Role::Body => Tag::LBody.into(),
        Role::Table => Tag::Table.into(),
        Role::Row => Tag::TR.into(),
        Role::HeaderCell => Tag::TH(TableHeaderScope::Row).into(),
        Role::Cell => Tag::TD.into(),
        Role::Figure => Tag::Figure(Some(alt.to_string())).into(),
        Role::Link => Tag::Link.into(),
    }
}
