package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for range 10 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	var u uint8 = 4
	for i := range u {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	for i := range -3 {
		fmt.Println("negative", i)
	}
	str := "héllo"
	for i := range str {
		fmt.Print(i, " ")
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
}
