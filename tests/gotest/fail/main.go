package main

// Max returns the larger of a and b (wrongly, for negative numbers).
func Max(a, b int) int {
	if a < 0 || b < 0 {
		return 0
	}
	if a > b {
		return a
	}
	return b
}

func main() {}
