package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("seq done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func find(target int) (int, int, bool) {
	for i := range seq(4) {
		for j := range seq(4) {
			defer fmt.Println("defer", i, j)
			if i*j == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(100))
outer:
	for i := range seq(3) {
	mid:
		for j := range seq(3) {
			for k := range seq(3) {
				switch {
				case k == 1 && j == 0:
					continue mid
				case k == 1 && j == 1:
					continue outer
				case i == 2:
					break outer
				}
				fmt.Println(i, j, k)
			}
		}
	}
L:
	for x := range seq(5) {
		switch x {
		case 2:
			continue L
		case 4:
			break L
		}
		fmt.Println("x", x)
	}
	sw := 1
	switch sw {
	case 1:
		for v := range seq(3) {
			if v == 1 {
				break
			}
			fmt.Println("v", v)
		}
		fmt.Println("after")
	}
	n := 0
	for range seq(3) {
		for w := range seq(3) {
			if w == 1 {
				break
			}
			n++
		}
	}
	fmt.Println("n", n)
}
