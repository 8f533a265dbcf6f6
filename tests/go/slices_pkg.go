package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	i, ok := slices.BinarySearch(s, 5)
	fmt.Println(i, ok)
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 4), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s), len(s))
	c := slices.Clone(s)
	slices.Reverse(c)
	fmt.Println(c, s[0])
	fmt.Println(slices.Equal(s, c), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2, 3}, 1, 10, 11), slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	users := []User{{"bob", 30}, {"al", 25}, {"cy", 30}}
	slices.SortStableFunc(users, func(a, b User) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(users)
	slices.SortFunc(users, func(a, b User) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(users)
	idx := slices.IndexFunc(users, func(u User) bool { return u.Age < 30 })
	fmt.Println(idx, slices.ContainsFunc(users, func(u User) bool { return u.Name == "zz" }))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%3 == 0 }))
	fmt.Println(slices.Repeat([]string{"a"}, 3), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.MinFunc(users, func(a, b User) int { return cmp.Compare(a.Age, b.Age) }))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(cmp.Compare(1, 2), cmp.Less("b", "a"), cmp.Or("", "dflt"), cmp.Or(0, 0, 3))
}
