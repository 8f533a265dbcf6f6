// Sorting and searching: Sort and SortFunc run Go's pdqsort (pdqsort.go), so equal elements
// end up where real Go puts them; SortStableFunc is a stable merge sort.

package slices

import "cmp"

// sortLess sorts s stably by less.
func sortLess[E any](s []E, less func(a, b E) bool) {
	if len(s) <= 12 {
		insertion(s, less)
		return
	}
	buf := make([]E, len(s))
	mergeSort(s, buf, less)
}

func insertion[E any](s []E, less func(a, b E) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func mergeSort[E any](s, buf []E, less func(a, b E) bool) {
	if len(s) <= 12 {
		insertion(s, less)
		return
	}
	mid := len(s) / 2
	mergeSort(s[:mid], buf[:mid], less)
	mergeSort(s[mid:], buf[mid:], less)
	if !less(s[mid], s[mid-1]) {
		return
	}
	copy(buf, s)
	i, j, k := 0, mid, 0
	for i < mid && j < len(s) {
		if less(buf[j], buf[i]) {
			s[k] = buf[j]
			j++
		} else {
			s[k] = buf[i]
			i++
		}
		k++
	}
	copy(s[k:], buf[i:mid])
	copy(s[k+mid-i:], buf[j:len(s)])
}

// Sort sorts a slice of any ordered type in ascending order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](x S) {
	pdqsort(x, 0, len(x), bitLen(len(x)), cmp.Less[E])
}

// SortFunc sorts x in ascending order as determined by cmp.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	pdqsort(x, 0, len(x), bitLen(len(x)), func(a, b E) bool { return cmp(a, b) < 0 })
}

// SortStableFunc sorts x keeping the original order of equal elements.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	sortLess(x, func(a, b E) bool { return cmp(a, b) < 0 })
}

func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch searches for target in a sorted slice: its position (or where it would be
// inserted) and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	return BinarySearchFunc(x, target, cmp.Compare[E])
}

func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < len(x) && cmp(x[lo], target) == 0
}

// Min returns the minimal value in x; it panics if x is empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// Max returns the maximal value in x; it panics if x is empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}
