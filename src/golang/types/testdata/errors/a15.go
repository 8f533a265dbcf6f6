package main

type T struct{}

func (t *T) M() {}

type I interface{ M() }

func main() {
	var t T
	var i I = t
	_ = i
	T{}.M()
}
