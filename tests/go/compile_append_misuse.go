package main

import "fmt"

func main() {
	counts := map[string]int{}
	counts = append(counts, "a")
	nums := []int{1, 2}
	append(nums, 3)
	nums = append(nums, "4")
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[5], nums, counts)
}
