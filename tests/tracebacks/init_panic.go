package main

import "strconv"

var port = mustAtoi("80x")

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	println(port)
}
