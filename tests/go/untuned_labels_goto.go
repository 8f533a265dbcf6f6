// Labelled break/continue in nested loops and select, goto retry loops, goto into a switch loop.
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var r, c int
	found := false
search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue search
			}
			if v == target {
				r, c, found = i, j, true
				break search
			}
		}
	}
	return r, c, found
}

func primes(n int) []int {
	var ps []int
outer:
	for i := 2; len(ps) < n; i++ {
		for _, p := range ps {
			if p*p > i {
				break
			}
			if i%p == 0 {
				continue outer
			}
		}
		ps = append(ps, i)
	}
	return ps
}

func retry() int {
	attempts := 0
again:
	attempts++
	if attempts < 4 {
		fmt.Println("attempt", attempts, "failed")
		goto again
	}
	return attempts
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 9, 9}, {4, 9, 6}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 7))
	fmt.Println(primes(12))
	fmt.Println("succeeded after", retry())

	i := 0
loop:
	switch {
	case i < 3:
		fmt.Print("s", i, " ")
		i++
		goto loop
	default:
		fmt.Println("end")
	}

	msgs := make(chan string, 5)
	for _, m := range []string{"a", "skip", "b", "stop", "c"} {
		msgs <- m
	}
	close(msgs)
recv:
	for {
		select {
		case m, ok := <-msgs:
			switch {
			case !ok:
				break recv
			case m == "skip":
				continue recv
			case m == "stop":
				fmt.Println("stopping")
				break recv
			}
			fmt.Println("msg", m)
		}
	}
	fmt.Println("left in channel:", len(msgs))
}
