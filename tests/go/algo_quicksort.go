package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func main() {
	seed := uint32(12345)
	a := make([]int, 30)
	for i := range a {
		seed = seed*1103515245 + 12345
		a[i] = int(seed>>16) % 100
	}
	fmt.Println(a)
	quicksort(a)
	fmt.Println(a)
}
