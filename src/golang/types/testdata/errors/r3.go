package main

func F[P any](n int, x P) {
	if n > 0 {
		F(n-1, []P{x})
	}
}

func G[P any](n int) {
	if n > 0 {
		G[*P](n - 1)
	}
}

func main() {
	F(3, 1)
	G[int](2)
}
