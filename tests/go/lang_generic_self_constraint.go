package main

import (
	"fmt"
	"sort"
	"strings"
)

// Go 1.26 lets a generic type refer to itself in its type parameter list.

type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

type Version struct{ Major, Minor int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type Word string

func (w Word) Less(o Word) bool { return strings.ToLower(string(w)) < strings.ToLower(string(o)) }

func Min[T Ordered[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func SortAll[T Ordered[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Less(xs[j]) })
}

type Tree[T Ordered[T]] struct {
	root *node[T]
	size int
}

type node[T Ordered[T]] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) {
	t.size++
	p := &t.root
	for *p != nil {
		if v.Less((*p).val) {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[T]{val: v}
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T Ordered[T]](n *node[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.val)
	walk(n.right, f)
}

func main() {
	vs := []Version{{1, 21}, {1, 9}, {2, 0}, {1, 10}}
	fmt.Println(Min(vs...))
	SortAll(vs)
	fmt.Println(vs)
	words := []Word{"banana", "Apple", "cherry"}
	fmt.Println(Min(words...))
	var t Tree[Word]
	for _, w := range []Word{"pear", "Fig", "apple", "kiwi"} {
		t.Insert(w)
	}
	var out []string
	t.Walk(func(w Word) { out = append(out, string(w)) })
	fmt.Println(out, t.size)
}
