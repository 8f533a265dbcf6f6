// slices.Insert/Replace/Concat as Go's: in place when the capacity allows (the caller's array
// sees it), a shrinking Replace zeroes the vacated tail, Concat of nothing is nil.
package main

import (
	"fmt"
	"slices"
)

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	r := base[:4]
	x := slices.Insert(r, 1, 10, 11)
	fmt.Println(x, base, len(x), cap(x))
	y := slices.Insert([]int{1, 2, 3}, 1, 9)
	fmt.Println(y, len(y), cap(y))
	z := slices.Insert([]string{"a"}, 1, "b", "c", "d")
	fmt.Println(z, cap(z))
	s := []int{0, 1, 2, 3, 4}
	t := slices.Replace(s, 1, 3, 9)
	fmt.Println(t, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	t = slices.Replace(s[:5], 1, 2, 7, 8, 9)
	fmt.Println(t, s, cap(t))
	s = []int{0, 1, 2, 3, 4}
	t = slices.Replace(s, 3, 5, 9)
	fmt.Println(t, s)
	s = []int{0, 1, 2, 3, 4}
	t = slices.Replace(s, 1, 2, 7, 8)
	fmt.Println(t, s, cap(t))
	a := make([]int, 3, 10)
	a[0], a[1], a[2] = 1, 2, 3
	b := slices.Insert(a, 0, a[1:]...)
	fmt.Println(b, a[:5])
	c := slices.Concat([]int{1}, []int{2, 3, 4, 5})
	fmt.Println(c, cap(c), slices.Concat[[]int]() == nil, slices.Concat([]int{}, nil) == nil)
	f := slices.Compact([]int{1, 1, 2, 2, 2, 3})
	fmt.Println(f, cap(f), f[:cap(f)])
}
