package main

import "fmt"

func main() {
outer:
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			if j == 1 {
				continue inner
			}
			break outer
		}
	}
	goto done
	x := 1
done:
	fmt.Println(x)
}
