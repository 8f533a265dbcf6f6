package main

import (
	"fmt"
	"strings"
)

type BitSet []uint64

func (s *BitSet) Add(i int) {
	for len(*s) <= i/64 {
		*s = append(*s, 0)
	}
	(*s)[i/64] |= 1 << (i % 64)
}

func (s BitSet) Has(i int) bool { return i/64 < len(s) && s[i/64]&(1<<(i%64)) != 0 }

func (s BitSet) Len() (n int) {
	for _, w := range s {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return
}

func (s BitSet) String() string {
	var parts []string
	for i := 0; i < len(s)*64; i++ {
		if s.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var s BitSet
	for _, v := range []int{1, 5, 64, 65, 130, 5} {
		s.Add(v)
	}
	fmt.Println(s, s.Len(), s.Has(64), s.Has(63), len(s))
}
