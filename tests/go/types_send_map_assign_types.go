package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- "x"
	m := map[string]int{}
	m["a"] = "one"
	m[1] = 2
	var arr [2]string
	arr[0] = 'c'
	s := []float64{}
	s = append(s, "2")
	fmt.Println(ch, m, arr, s)
}
