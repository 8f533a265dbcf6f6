// min/max/clear builtins and the slices/maps/cmp packages (Insert works in place, as Go).
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a", "c"), max('a', 'z'))
	nums := []int{5, 2, 8, 2, 9, 1, 5, 5}
	s := slices.Clone(nums)
	slices.Sort(s)
	fmt.Println(nums, s, slices.Compact(s), slices.IsSorted(s))
	i, found := slices.BinarySearch(s, 8)
	j, found2 := slices.BinarySearch(s, 3)
	fmt.Println(i, found, j, found2, slices.Index(nums, 9), slices.Contains(nums, 7))
	fmt.Println(slices.Max(nums), slices.Min(nums), slices.Equal(nums, s))
	r := slices.Clone(nums)
	slices.Reverse(r)
	fmt.Println(r, slices.Insert(r[:3], 1, 100, 200), slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	emps := []Employee{{"Zoe", "eng", 31}, {"Al", "ops", 45}, {"Bo", "eng", 25}, {"Cy", "ops", 31}}
	slices.SortStableFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Age, a.Age))
	})
	fmt.Println(emps)
	idx := slices.IndexFunc(emps, func(e Employee) bool { return e.Age > 40 })
	fmt.Println(idx, emps[idx].Name)
	oldest := slices.MaxFunc(emps, func(a, b Employee) int { return a.Age - b.Age })
	fmt.Printf("%+v\n", oldest)
	byDept := map[string][]string{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	cp := maps.Clone(byDept)
	cp["hr"] = nil
	fmt.Println(len(byDept), len(cp), maps.EqualFunc(byDept, cp, func(a, b []string) bool { return slices.Equal(a, b) }))
	delete(cp, "hr")
	maps.DeleteFunc(cp, func(k string, v []string) bool { return strings.HasPrefix(k, "o") })
	fmt.Println(cp, byDept)
	clear(byDept)
	fmt.Println(byDept, len(byDept), byDept == nil)
	clear(nums[2:5])
	fmt.Println(nums, len(nums))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}, nil))
	grow := slices.Grow([]int{1}, 10)
	fmt.Println(len(grow), cap(grow) >= 11)
	fmt.Println(cmp.Compare(1.5, 2), cmp.Less("b", "a"), cmp.Or("", "fallback"), min(0.0, -0.0))
}
