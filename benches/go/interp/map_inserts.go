// N inserts into a map with int keys.
package main

const N = 1_000_000

func main() {
	m := map[int]int{}
	for i := 0; i < N; i++ {
		m[i] = i
	}
	println(len(m))
}
