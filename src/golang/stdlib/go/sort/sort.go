// Package sort: chanlab's implementation. Sort and Slice run Go's pdqsort (equal elements
// end up where real Go puts them); Stable and SliceStable are stable as in Go.
package sort

// An Interface is a collection that can be sorted by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// rotate swaps the blocks data[a:m] and data[m:b].
func rotate(data Interface, a, m, b int) {
	reverse := func(lo, hi int) {
		for hi--; lo < hi; lo, hi = lo+1, hi-1 {
			data.Swap(lo, hi)
		}
	}
	reverse(a, m)
	reverse(m, b)
	reverse(a, b)
}

// merge merges the sorted runs data[a:m] and data[m:b] in place, stably.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 || b-m == 1 || b-a <= 12 {
		insertionMerge(data, a, m, b)
		return
	}
	var p, q int
	if m-a >= b-m {
		p = (a + m) / 2
		q = search(m, b, func(i int) bool { return !data.Less(i, p) })
	} else {
		q = (m + b) / 2
		p = search(a, m, func(i int) bool { return data.Less(q, i) })
		q++
	}
	rotate(data, p, m, q)
	mid := p + q - m
	merge(data, a, p, mid)
	merge(data, mid, q, b)
}

func insertionMerge(data Interface, a, m, b int) {
	for i := m; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func search(lo, hi int, f func(int) bool) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

func stable(data Interface, a, b int) {
	if b-a <= 12 {
		insertionSort(data, a, b)
		return
	}
	m := (a + b) / 2
	stable(data, a, m)
	stable(data, m, b)
	merge(data, a, m, b)
}

// Sort sorts data in ascending order as determined by its Less method.
func Sort(data Interface) {
	n := data.Len()
	if n > 1 {
		pdqsort(data, 0, n, bitLen(n))
	}
}

// Stable sorts data keeping the original order of equal elements.
func Stable(data Interface) { stable(data, 0, data.Len()) }

func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

// Search returns the smallest index i in [0, n) at which f(i) is true (n if none).
func Search(n int, f func(int) bool) int { return search(0, n, f) }

func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Find uses binary search to find the smallest i with cmp(i) <= 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = search(0, n, func(h int) bool { return cmp(h) <= 0 })
	return i, i < n && cmp(i) == 0
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()         { Sort(x) }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// sliceLen and sliceSwap work on any slice held in an interface.
func sliceLen(x any) int

func sliceSwap(x any, i, j int)

type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s lessSwap) Len() int           { return s.n }
func (s lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s lessSwap) Swap(i, j int)      { sliceSwap(s.x, i, j) }

// Slice sorts the slice x given the provided less function (x must be a slice).
func Slice(x any, less func(i, j int) bool) { Sort(lessSwap{x, sliceLen(x), less}) }

func SliceStable(x any, less func(i, j int) bool) { Stable(lessSwap{x, sliceLen(x), less}) }

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	return IsSorted(lessSwap{x, sliceLen(x), less})
}

// Search returns SearchInts(x, v).
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Search returns SearchFloat64s(x, v).
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// Search returns SearchStrings(x, v).
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }
