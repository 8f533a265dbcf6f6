package main

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Container[T any] interface {
	Put(T)
	Get() (T, bool)
}

type Queue[T any] struct {
	mu    sync.Mutex
	items []T
}

func NewQueue[T any](cap int) *Queue[T] {
	return &Queue[T]{items: make([]T, 0, cap)}
}

func (q *Queue[T]) Put(v T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, v)
}

func (q *Queue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func Drain[T any](c Container[T]) []T {
	var out []T
	for {
		v, ok := c.Get()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
}

type tnode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Set(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K cmp.Ordered, V any](n *tnode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.k, n.v)
	walk(n.right, f)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func MapErr[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Result[U]{Val: f(r.Val)}
}

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func PtrTo[T any](v T) *T { return &v }

func main() {
	q := NewQueue[int](4)
	q.Put(1)
	q.Put(2)
	fmt.Println(Drain[int](q))
	var c Container[string] = NewQueue[string](1)
	c.Put("x")
	fmt.Println(Drain(c))
	var t Tree[string, int]
	t.Set("b", 2)
	t.Set("a", 1)
	t.Walk(func(k string, v int) { fmt.Println(k, v) })
	r := Try(func() (int, error) { return strconv.Atoi("42") })
	r2 := MapErr(r, func(n int) string { return fmt.Sprint(n * 2) })
	r3 := Try(func() (int, error) { return 0, errors.New("bad") })
	fmt.Println(r2.Val, r3.Err, Join([]ID{1, 2}, ","), *PtrTo(5), *PtrTo("s"))
	fmt.Println(cmp.Compare(2, 1), max(ID(3), 2), min(2.5, 1))
}
