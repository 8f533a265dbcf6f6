package main

import (
	"fmt"
	"io"
	"sort"
)

type List []int

func (l List) Len() int { return len(l) }

type W struct{}

func (w W) Write(p []byte) (int, error) { return len(p), nil }
func (w W) write(p []byte) int           { return 0 }

type S struct{}

func (s *S) String() string { return "s" }

func use(w io.Writer) {}

func get() fmt.Stringer {
	return S{}
}

func main() {
	sort.Sort(List{})
	var r io.ReadWriter = W{}
	use(&W{})
	use(S{})
	var st fmt.Stringer = &S{}
	var e error = W{}
	fmt.Println(r, st, e, get())
}
