package main

func down(n int) int {
	if n == 0 {
		var m map[string]int
		m["x"] = 1
	}
	return down(n-1) + 1
}

func main() {
	println(down(120))
}
