package main

type T struct{ A int }

func main() {
	panic([]int{1, 2})
}
