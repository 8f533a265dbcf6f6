package main

import "fmt"

const Big = 1 << 200

func main() {
	fmt.Println(Big > 1<<199, Big == 1<<200, -Big < 0, Big/3, Big%1000)
	var f float32 = Big
	var g float64 = Big * Big * Big
	fmt.Println(f, g)
}
