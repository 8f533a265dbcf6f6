package main

import "fmt"

func main() {
	src := []int{1, 2, 3}
	dst := make([]int)
	copy(dst)
	seen := map[string]bool{"a": true}
	delete(seen)
	both := len(src, dst)
	p := new(int, 5)
	fmt.Println(both, p, cap(src, 2), complex(1.5))
}
