package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, -1, 6},
		{7, 8, 9},
	}
	sum := 0
rows:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j, "- skipping rest of row")
				continue rows
			}
			if v > 8 {
				fmt.Println("too big at", i, j)
				break rows
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	i, j, ok := findPair(grid, 6)
	fmt.Println(i, j, ok)

	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n, "failed")
		goto retry
	}
	fmt.Println("succeeded after", n)

	count := 0
outer:
	for {
		switch {
		case count >= 5:
			break outer
		case count%2 == 0:
			count += 3
			continue outer
		default:
			count++
		}
	}
	fmt.Println("count", count)

	ch := make(chan int, 5)
	for v := range 5 {
		ch <- v
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v == 1 {
				continue loop
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()

	k := 0
	for k = 0; k < 10; k++ {
		if k*k > 20 {
			break
		}
	}
	fmt.Println("first k with k*k > 20:", k)
}
