package main

import "fmt"

type Server struct {
	handle func(path string) int
}

func maker() func(x int) int {
	return func(s string) int { return 0 }
}

func main() {
	s := Server{handle: func() {}}
	s.handle = 5
	var n int = s.handle
	fmt.Println(s, n, maker())
}
