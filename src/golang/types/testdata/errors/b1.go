package main

import "fmt"

const (
	Big   = 1 << 200
	Small = Big >> 198
	Huge  = Big * Big
	Neg   = -Big >> 199
	Lit   = 123456789012345678901234567890123456789012345678901234567890
	Q     = Lit / 1000000000000000000000000000000
	R     = Lit % 7
	F     = Big * 1.5
)

func main() {
	fmt.Println(Small, Neg, Q, R, F, Big/(1<<190), Huge>>390, float64(Big))
	var x int = Big
	y := 1 << 600
	fmt.Println(x, y)
}
