package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	clear(m)
	fmt.Println(len(m), m)
}
