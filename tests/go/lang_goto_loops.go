package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 9))
	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n)
		goto retry
	}
	fmt.Println("done after", n)
	count := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			switch {
			case v%2 == 0:
				continue
			case v == 5:
				break rows
			}
			count += v
		}
	}
	fmt.Println("sum of odd before 5:", count)
	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
