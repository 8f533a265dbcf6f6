package slices

// Pattern-defeating quicksort as Go's slices.Sort and SortFunc run it (same pivots, partitions and
// fallbacks), so equal elements end up in the same order as in real Go.

// bitLen is the number of bits needed to represent n.
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// xorshift is the generator breakPatterns uses, seeded with the range's length.
type xorshift uint64

func (r *xorshift) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func pdqsort[E any](data []E, a, b, limit int, less func(a, b E) bool) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b, less)
			return
		}
		if limit == 0 {
			heapSort(data, a, b, less)
			return
		}
		if !balanced {
			breakPatterns(data, a, b, less)
			limit--
		}
		pivot, hint := choosePivot(data, a, b, less)
		if hint == hintDecreasing {
			reverseRange(data, a, b, less)
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b, less) {
			return
		}
		// A pivot equal to the element before the range: everything equal to it goes left.
		if a > 0 && !less(data[a-1], data[pivot]) {
			a = partitionEqual(data, a, b, pivot, less)
			continue
		}
		mid, already := partition(data, a, b, pivot, less)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit, less)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit, less)
			b = mid
		}
	}
}

func insertionSort[E any](data []E, a, b int, less func(a, b E) bool) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && less(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

func siftDown[E any](data []E, lo, hi, first int, less func(a, b E) bool) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && less(data[first+child], data[first+child+1]) {
			child++
		}
		if !less(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSort[E any](data []E, a, b int, less func(a, b E) bool) {
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, a, less)
	}
	for i := hi - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDown(data, 0, i, a, less)
	}
}

// partition moves the pivot to a, then splits the rest into < pivot and >= pivot; it
// returns the pivot's final index and whether nothing had to move.
func partition[E any](data []E, a, b, pivot int, less func(a, b E) bool) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && less(data[i], data[a]) {
		i++
	}
	for i <= j && !less(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i, j = i+1, j-1
	for {
		for i <= j && less(data[i], data[a]) {
			i++
		}
		for i <= j && !less(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i, j = i+1, j-1
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqual splits into == pivot and > pivot (no element is smaller).
func partitionEqual[E any](data []E, a, b, pivot int, less func(a, b E) bool) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !less(data[a], data[i]) {
			i++
		}
		for i <= j && less(data[a], data[j]) {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i, j = i+1, j-1
	}
}

// partialInsertionSort fixes up to 5 out-of-order neighbours; true if the range ends sorted.
func partialInsertionSort[E any](data []E, a, b int, less func(a, b E) bool) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !less(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			// Go's loop runs down to index 1 (not a+1); kept for the same order.
			for j := i - 1; j >= 1 && less(data[j], data[j-1]); j-- {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && less(data[j], data[j-1]); j++ {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

func breakPatterns[E any](data []E, a, b int, less func(a, b E) bool) {
	n := b - a
	if n < 8 {
		return
	}
	r := xorshift(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	for idx := a + (n/4)*2 - 1; idx <= a+(n/4)*2+1; idx++ {
		other := int(uint(r.next()) & mask)
		if other >= n {
			other -= n
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

// choosePivot picks a median of 3 (or of 3 medians for 50+ elements) and says whether the
// samples looked increasing, decreasing or neither.
func choosePivot[E any](data []E, a, b int, less func(a, b E) bool) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps, less)
			j = median(data, j-1, j, j+1, &swaps, less)
			k = median(data, k-1, k, k+1, &swaps, less)
		}
		j = median(data, i, j, k, &swaps, less)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func order2[E any](data []E, a, b int, swaps *int, less func(a, b E) bool) (int, int) {
	if less(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

func median[E any](data []E, a, b, c int, swaps *int, less func(a, b E) bool) int {
	a, b = order2(data, a, b, swaps, less)
	b, c = order2(data, b, c, swaps, less)
	_, b = order2(data, a, b, swaps, less)
	return b
}

func reverseRange[E any](data []E, a, b int, less func(a, b E) bool) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}
