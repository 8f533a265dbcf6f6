package main

func helper(x int) int

func main() {
	helper(1)
}
