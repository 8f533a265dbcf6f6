package main

func main() {
	var x int
	x.foo = 1
	var s []int
	s.len()
	var m map[string]int
	m["a"]++
	m = nil
	var c chan int
	c = nil
	var f func()
	f = nil
	var i interface{}
	i = nil
	var n int = nil
	_ = n
}
